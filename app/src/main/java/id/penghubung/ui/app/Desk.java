package id.penghubung.ui.app;

import id.penghubung.i18n.Messages;
import id.penghubung.model.Role;
import id.penghubung.model.action.ActingAccount;
import id.penghubung.model.action.ActionValidator;
import id.penghubung.model.calendar.WorkingCalendar;
import id.penghubung.model.sla.DeadlineCalculator;
import id.penghubung.model.sla.SlaPolicy;
import id.penghubung.store.CaseStore;
import id.penghubung.store.DashboardQueries;
import id.penghubung.store.DeadlineIndex;
import id.penghubung.ui.action.ActionCheck;
import id.penghubung.ui.action.ActionReference;
import id.penghubung.ui.common.Background;
import id.penghubung.ui.common.WorkingDays;
import id.penghubung.ui.detail.AttachmentAccess;
import id.penghubung.ui.lock.DeskLock;
import id.penghubung.ui.sync.SyncControl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Everything one signed-in desk works with: the account, its case store, the calendar and deadline
 * rules, the sync seam, reference data and attachment files. Built once per sign-in; closed with
 * the window.
 */
public final class Desk implements AutoCloseable {
    private final Messages messages;
    private final ActingAccount account;
    private final CaseStore store;
    private final DashboardQueries queries;
    private final DeadlineCalculator deadlines;
    private final SyncControl sync;
    private final ActionReference reference;
    private final AttachmentAccess attachments;
    private final Background background;
    private final Clock clock;
    private final boolean ownsStore;
    private final AutoCloseable onClose;
    private final DeskLock lock;

    /** What a sign-in (or the store-only start) hands to the desk. */
    public record Parts(ActingAccount account, CaseStore store, boolean ownsStore, SyncControl sync,
            ActionReference reference, AttachmentAccess attachments, Optional<DeadlineCalculator> deadlines,
            AutoCloseable onClose, DeskLock lock) {
        public Parts {
            Objects.requireNonNull(lock, "lock");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(sync, "sync");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(attachments, "attachments");
            Objects.requireNonNull(deadlines, "deadlines");
            Objects.requireNonNull(onClose, "onClose");
        }

        /** Parts without an account key: the lock only hides the window ({@link DeskLock#withoutAccount}). */
        public Parts(ActingAccount account, CaseStore store, boolean ownsStore, SyncControl sync,
                ActionReference reference, AttachmentAccess attachments, Optional<DeadlineCalculator> deadlines,
                AutoCloseable onClose) {
            this(account, store, ownsStore, sync, reference, attachments, deadlines, onClose,
                    DeskLock.withoutAccount(store));
        }

        /** Store-only parts: the bundled calendar and standard SLA policy, nothing else to close. */
        public Parts(ActingAccount account, CaseStore store, boolean ownsStore, SyncControl sync,
                ActionReference reference, AttachmentAccess attachments) {
            this(account, store, ownsStore, sync, reference, attachments, Optional.empty(), () -> { });
        }
    }

    public Desk(Messages messages, Parts parts, Background background, Clock clock) {
        this.messages = Objects.requireNonNull(messages);
        this.account = parts.account();
        this.store = parts.store();
        this.ownsStore = parts.ownsStore();
        this.sync = parts.sync();
        this.reference = parts.reference();
        this.attachments = parts.attachments();
        this.background = Objects.requireNonNull(background);
        // Signed in to a training server with its own clock, the desk counts by it (issue 22).
        this.clock = sync.deskClock(Objects.requireNonNull(clock));
        this.deadlines = parts.deadlines()
                .orElseGet(() -> new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard()));
        this.onClose = parts.onClose();
        this.lock = parts.lock();
        this.queries = DashboardQueries.open(store);
    }

    /** The deadline index the store needs when it is opened: the next due instant of the model's rules. */
    public static DeadlineIndex deadlineIndex(Clock clock) {
        DeadlineCalculator calc = new DeadlineCalculator(WorkingCalendar.bundled(), SlaPolicy.standard());
        return c -> calc.evaluate(c, clock.instant()).nextDueAt();
    }

    /**
     * Store-only start (no sync engine yet, or before sign-in is wired): opens the store file and
     * acts as an officer of the agency with most complaints in it, its units from the cache.
     */
    public static Parts storeOnly(Path storeFile, String displayName, Clock clock) {
        CaseStore store = CaseStore.open(storeFile, deadlineIndex(clock), clock);
        try (DashboardQueries q = DashboardQueries.open(store)) {
            Optional<String> agency = q.agencies().stream().findFirst().map(DashboardQueries.Bucket::id);
            ActingAccount account = new ActingAccount("local", displayName, Role.OFFICER, agency);
            ActionReference reference = ActionReference.of(
                    q.unitRefs().stream().filter(u -> agency.map(u.agencyId()::equals).orElse(true)).toList(),
                    List.of(), List.of());
            return new Parts(account, store, true, SyncControl.offline(), reference, AttachmentAccess.none());
        }
    }

    /** The model's validator bound to this desk's account and units. */
    public ActionCheck actionCheck() {
        ActionValidator validator = new ActionValidator();
        return (action, complaint) -> validator.validate(action, complaint, account, reference.units());
    }

    public WorkingDays workingDays() {
        return new WorkingDays() {
            @Override
            public int left(Instant now, Instant dueAt) {
                return deadlines.calendar().workingDaysLeft(now, dueAt);
            }

            @Override
            public Instant add(Instant from, int days) {
                return deadlines.calendar().addWorkingDays(from, days);
            }
        };
    }

    public ZoneId zone() {
        return deadlines.calendar().zone();
    }

    public Messages messages() {
        return messages;
    }

    public ActingAccount account() {
        return account;
    }

    public CaseStore store() {
        return store;
    }

    public DashboardQueries queries() {
        return queries;
    }

    public DeadlineCalculator deadlines() {
        return deadlines;
    }

    public SyncControl sync() {
        return sync;
    }

    public ActionReference reference() {
        return reference;
    }

    public AttachmentAccess attachments() {
        return attachments;
    }

    /** Drops and takes back the account's key (the window's lock screen). */
    public DeskLock lock() {
        return lock;
    }

    public Background background() {
        return background;
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public void close() {
        attachments.deleteCopies(); // sign-out and exit: no plain attachment copy outlives the desk
        queries.close();
        if (ownsStore) {
            store.close();
        }
        try {
            onClose.close();
        } catch (Exception e) {
            // Closing the sync session on exit must not hide the window's own shutdown.
            LoggerFactory.getLogger(Desk.class).warn("Closing the session failed: {}", e.toString());
        }
    }
}
