package uk.ectinduction.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements prepared or created on the current thread, by wrapping the test context's
 * DataSource. A test resets the count, makes a request through MockMvc (same thread), and reads it.
 */
@Component
public class QueryCounter implements BeanPostProcessor {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int count() {
        return COUNT.get()[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return Proxy.newProxyInstance(
                    getClass().getClassLoader(),
                    new Class<?>[] {DataSource.class},
                    forward(
                            dataSource,
                            (method, result) ->
                                    method.equals("getConnection") ? connection((Connection) result) : result));
        }
        return bean;
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                QueryCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                forward(target, (method, result) -> {
                    if (STATEMENTS.contains(method)) {
                        COUNT.get()[0]++;
                    }
                    return result;
                }));
    }

    interface After {
        Object apply(String method, Object result);
    }

    private static InvocationHandler forward(Object target, After after) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap")
                    && args != null
                    && args[0] instanceof Class<?> type
                    && type.isInstance(target)) {
                return target;
            }
            if (method.getName().equals("isWrapperFor")
                    && args != null
                    && args[0] instanceof Class<?> type
                    && type.isInstance(target)) {
                return true;
            }
            try {
                return after.apply(method.getName(), method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
