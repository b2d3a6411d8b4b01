package id.penghubung.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Memory under hostile answers: {@link HostileHeapProbe} in a child JVM capped at {@code -Xmx256m},
 * so an unbounded read would die with OutOfMemoryError. Prints the probe's table.
 */
@Tag("bench")
class HostileHeapBench {
    @Test
    void everyHostileAnswerEndsWithinA256MegabyteHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                HostileHeapProbe.class.getName()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        System.out.println(output);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("OutOfMemoryError").doesNotContain("completed (!)");
    }
}
