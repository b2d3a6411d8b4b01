package id.penghubung.protocol;

import java.util.List;

/** {@code POST /api/v1/actions} answer: one result per action, same order. */
public record ActionsResponse(List<ActionResult> results) {
}
