package id.penghubung.ui.print;

import id.penghubung.casefile.ProgressListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A printer the officer chose in the system print dialog, ready to take pages. The view makes one
 * (the dialog must run on the FX thread); the view model feeds it on a background thread.
 */
public interface PagePrinter {
    /** The printer's name, for the audit log and the message. */
    String name();

    /**
     * Prints every page of {@code pdfs}, in order; progress counts pages. Returns the pages sent.
     * Blocking: background thread. On cancel the job is cancelled, not ended.
     */
    int print(List<Path> pdfs, ProgressListener progress, BooleanSupplier cancelled) throws IOException;
}
