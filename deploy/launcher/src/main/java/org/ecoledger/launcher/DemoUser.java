package org.ecoledger.launcher;

import org.ecoledger.local.token.LocalUser;

/** A person of the demo: who they are in words, and what their token says. */
public record DemoUser(String description, LocalUser user) {

    /** The name in GET /tokens/{username}; also the token's subject. */
    public String username() {
        return user.subject();
    }
}
