package org.ecoledger.permit.benchmark;

import org.ecoledger.common.value.EnterpriseId;
import org.ecoledger.local.ApiClient;
import org.ecoledger.local.RunningService;
import org.ecoledger.local.token.LocalUser;
import org.ecoledger.permit.support.Requests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Enterprises registered for the run, each with its own token. Applications go to them in turn:
 * every application is also an event in its enterprise's stream, which is read back in full on
 * the next application, so spreading them keeps each stream about as short as a real one.
 */
final class EnterprisePool {

    /** Jinjiang district of Chengdu, inside the jurisdiction of the Chengdu reviewer who takes the later steps. */
    private static final String REGION = "510104";

    record Member(String id, String token) {
    }

    private final List<Member> members;
    private final AtomicInteger turn = new AtomicInteger();

    private EnterprisePool(List<Member> members) {
        this.members = members;
    }

    static EnterprisePool register(PermitHttp http, int size) throws InterruptedException {
        List<Member> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            members.add(registered(http, i));
        }
        return new EnterprisePool(members);
    }

    Member next() {
        return members.get(Math.floorMod(turn.getAndIncrement(), members.size()));
    }

    private static Member registered(PermitHttp http, int index) throws InterruptedException {
        String id = creditCode(index);
        String token = RunningService.tokenFor(LocalUser.enterprise("benchmark-enterprise-" + index, id));
        String registration = ApiClient.json(Requests.registration(id, "Benchmark Enterprise " + index, REGION));
        PermitHttp.Reply reply = http.post("/api/enterprises", token, registration);
        if (!reply.ok()) {
            throw new IllegalStateException("registering enterprise " + id + " failed with " + reply.statusText() + ": " + reply.body());
        }
        return new Member(id, token);
    }

    private static String creditCode(int index) {
        String first17 = "91" + REGION + "MA" + String.format("%07d", index);
        return first17 + EnterpriseId.checkCharacter(first17);
    }
}
