package id.penghubung.protocol;

import java.util.List;

/** {@code POST /api/v1/actions} body: actions applied in the order given. */
public record ActionsRequest(List<WireAction> actions) {
}
