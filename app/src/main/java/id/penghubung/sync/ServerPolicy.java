package id.penghubung.sync;

import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.protocol.ReferenceData;
import id.penghubung.protocol.SlaPolicies;

/** The server's published policy as the model's; every part an older server leaves out takes the client's default. */
final class ServerPolicy {
    private ServerPolicy() {
    }

    static SlaPolicy toModel(ReferenceData data, boolean pauseWhileWaitingForReporter) {
        return SlaPolicies.toModel(data.slaPolicy(), pauseWhileWaitingForReporter);
    }
}
