package id.penghubung.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** The condition behind {@link LayerRules#viewConstructorsAddNoListener()}. */
final class ViewConstructors {
    private ViewConstructors() {
    }

    /** The desk's views: classes under {@code ui} named {@code …View} or {@code …Window}. */
    static DescribedPredicate<JavaClass> views(String ui) {
        return DescribedPredicate.describe("views of " + ui, c -> (c.getPackageName().equals(ui)
                || c.getPackageName().startsWith(ui + ".")) && !c.isInterface()
                && (c.getSimpleName().endsWith("View") || c.getSimpleName().endsWith("Window")));
    }

    static ArchCondition<JavaClass> addNoListener() {
        return new ArchCondition<>("add no listener in a constructor (register it in activate())") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                // Every code unit of the class the constructors reach, the constructors included.
                Deque<JavaCodeUnit> todo = new ArrayDeque<>(view.getConstructors());
                Set<JavaCodeUnit> seen = new HashSet<>();
                while (!todo.isEmpty()) {
                    JavaCodeUnit unit = todo.pop();
                    if (!seen.add(unit)) {
                        continue;
                    }
                    for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                        String name = call.getTarget().getName();
                        if (name.equals("addListener") || name.equals("subscribe")) {
                            events.add(SimpleConditionEvent.violated(view, view.getName()
                                    + " adds a listener while being built: " + call.getDescription()));
                        }
                        if (call.getTargetOwner().equals(view) && !call.getTarget().getName().startsWith("lambda$")) {
                            call.getTarget().resolveMember().ifPresent(todo::push);
                        }
                    }
                }
            }
        };
    }
}
