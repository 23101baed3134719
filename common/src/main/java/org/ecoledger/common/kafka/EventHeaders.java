package org.ecoledger.common.kafka;

/** Record headers every published event carries, so consumers can route and deduplicate without parsing. */
public final class EventHeaders {

    /** The event's globally unique ID in its producer's event store; consumers deduplicate on it. */
    public static final String EVENT_ID = "event-id";
    /** The pinned wire name from the {@link Topic}'s registry. */
    public static final String EVENT_TYPE = "event-type";
    public static final String EVENT_REVISION = "event-revision";
    public static final String OCCURRED_AT = "occurred-at";

    private EventHeaders() {
    }
}
