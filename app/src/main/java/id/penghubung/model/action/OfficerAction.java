package id.penghubung.model.action;

import id.penghubung.model.ActionType;

/**
 * Something the officer does to a report, as it waits in the outbox and is sent to the server.
 * Validation lives apart (it needs the report and the account), so these are plain values.
 */
public sealed interface OfficerAction permits Respond, Dispose, NotAuthorized, RequestInfo, Complete, Note, Create,
        UnitReply, UnitRemind, UnitWithdraw, SetTier, Extend, Link, Unlink, SubmitReview, Approve, ReturnDraft {
    ActionType type();
}
