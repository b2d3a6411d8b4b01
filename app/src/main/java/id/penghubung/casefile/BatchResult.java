package id.penghubung.casefile;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a batch: how many case files were written, the pages in all, the files produced
 * (one for a combined PDF, one per complaint otherwise) and whether it stopped on cancel. A cancelled
 * combined batch produces no file; a cancelled one-file-each batch keeps the files finished before.
 */
public record BatchResult(int written, int pages, List<Path> files, boolean cancelled) {
    public BatchResult {
        files = List.copyOf(files);
    }
}
