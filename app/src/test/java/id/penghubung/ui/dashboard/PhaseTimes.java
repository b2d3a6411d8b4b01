package id.penghubung.ui.dashboard;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;

/** The bench's profile: thread CPU seconds per port method of {@link DashboardData}, summed over calls. */
final class PhaseTimes {
    private PhaseTimes() {
    }

    static DashboardData timed(DashboardData data, Map<String, Double> cpuSeconds) {
        var threads = ManagementFactory.getThreadMXBean();
        return (DashboardData) Proxy.newProxyInstance(DashboardData.class.getClassLoader(),
                new Class<?>[] {DashboardData.class}, (proxy, method, args) -> {
                    long cpu = threads.getCurrentThreadCpuTime();
                    try {
                        return method.invoke(data, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        cpuSeconds.merge(method.getName(), (threads.getCurrentThreadCpuTime() - cpu) / 1e9, Double::sum);
                    }
                });
    }
}
