package id.penghubung.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.penghubung.model.action.Create;
import id.penghubung.model.action.OfficerAction;
import id.penghubung.store.crypto.CryptoException;
import id.penghubung.store.crypto.FieldCipher;
import java.io.IOException;
import java.util.Base64;

/**
 * The outbox payload of a CREATE (issue 20): the reporter of a complaint entered at the desk is
 * sealed like every cached reporter ({@link Sealing}), so it is never in the clear on disk. The rest
 * of the payload, and every other action's payload, is {@link ActionCodec}'s JSON unchanged.
 */
final class IntakeOutbox {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SEALED = "reporterSealed";

    private IntakeOutbox() {
    }

    static String context(String actionId) {
        return "outbox.reporter|" + actionId;
    }

    /** The payload to store for an action queued under {@code actionId}. */
    static String payload(OfficerAction action, String actionId, Sealing sealing) {
        ObjectNode tree = ActionCodec.toTree(action);
        if (action instanceof Create && tree.has("reporter")) {
            FieldCipher c = sealing.cipher();
            if (c.isLocked()) {
                throw Sealing.locked(null);
            }
            if (c.encrypts()) {
                JsonNode reporter = tree.remove("reporter");
                try {
                    tree.put(SEALED, Base64.getEncoder().encodeToString(c.seal(reporter.toString(), context(actionId))));
                } catch (CryptoException e) {
                    throw Sealing.locked(e);
                }
            }
        }
        return tree.toString();
    }

    /** The stored payload as the action, its reporter opened. */
    static OfficerAction read(String payload, String actionId, Sealing sealing) {
        if (!payload.contains("\"" + SEALED + "\"")) {
            return ActionCodec.fromJson(payload);
        }
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(payload);
            FieldCipher c = sealing.cipher();
            if (!c.encrypts()) {
                throw Sealing.locked(null);
            }
            String reporter = c.open(Base64.getDecoder().decode(tree.remove(SEALED).asText()), context(actionId));
            tree.set("reporter", JSON.readTree(reporter));
            return ActionCodec.fromTree(tree);
        } catch (CryptoException e) {
            if (sealing.cipher().isLocked()) {
                throw Sealing.locked(e);
            }
            throw new DamagedStoreException("store.error.damaged", e);
        } catch (IOException | ClassCastException | IllegalArgumentException e) {
            throw new DamagedStoreException("store.error.badAction", e);
        }
    }
}
