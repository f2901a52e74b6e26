package uk.gov.hwb.platform.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.lang.reflect.Method;
import java.security.Principal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.CallbackException;
import org.hibernate.Interceptor;
import org.hibernate.type.Type;

/**
 * Writes the audit log for every entity marked {@link Audited}, whatever module it belongs to.
 *
 * <p>Registered on each module's persistence unit ({@code hibernate.session_factory.interceptor}).
 * Hibernate hands it the old and new state of every property at flush, so no facade has to
 * remember to audit. The rows are written with plain JDBC on the application datasource: inside
 * the JTA transaction that connection is the same one the change uses, so the change and its
 * audit entries commit or roll back together.
 */
public class AuditInterceptor implements Interceptor {

    public static final String DATASOURCE = "java:jboss/datasources/HwbDS";
    static final int MAX_VALUE_LENGTH = 4000;
    private static final String MASK = "(hidden)";
    /** The optimistic-lock counter changes with every update; it is bookkeeping, not a user's change. */
    private static final String VERSION = "version";
    /** Who changes happen as when no user is signed in: start-up work such as the demo data. */
    static final String SYSTEM = "system";
    private static final String INSERT = "insert into platform.audit_entry "
            + "(at, username, entity, entity_id, action, field, old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private volatile DataSource dataSource;

    @Override
    @SuppressWarnings("deprecation")
    public boolean onSave(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        Audited audited = entity.getClass().getAnnotation(Audited.class);
        if (audited != null) {
            Set<String> masked = Set.of(audited.masked());
            Set<String> ignored = Set.of(audited.ignored());
            try (Connection c = dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
                for (int i = 0; i < names.length; i++) {
                    if (!types[i].isCollectionType() && state[i] != null && !names[i].equals(VERSION) && !ignored.contains(names[i])) {
                        add(insert, entity, audited, id, AuditAction.CREATED, names[i], null, display(state[i], masked.contains(names[i])));
                    }
                }
                insert.executeBatch();
            } catch (SQLException e) {
                throw new CallbackException("Could not write the audit log", e);
            }
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names, Type[] types) {
        Audited audited = entity.getClass().getAnnotation(Audited.class);
        if (audited == null || previous == null) {
            return false;
        }
        Set<String> masked = Set.of(audited.masked());
        Set<String> ignored = Set.of(audited.ignored());
        try (Connection c = dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
            int changes = 0;
            for (int i = 0; i < names.length; i++) {
                if (types[i].isCollectionType() || names[i].equals(VERSION) || ignored.contains(names[i])) {
                    continue;
                }
                String before = display(previous[i], false);
                String after = display(current[i], false);
                if (!sameValue(previous[i], current[i]) && !Objects.equals(before, after)) {
                    boolean hide = masked.contains(names[i]);
                    add(insert, entity, audited, id, AuditAction.UPDATED, names[i], hide ? MASK : before, hide ? MASK : after);
                    changes++;
                }
            }
            if (changes > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new CallbackException("Could not write the audit log", e);
        }
        return false;
    }

    @Override
    @SuppressWarnings("deprecation")
    public void onDelete(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        Audited audited = entity.getClass().getAnnotation(Audited.class);
        if (audited != null) {
            try (Connection c = dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(INSERT)) {
                add(insert, entity, audited, id, AuditAction.DELETED, null, describe(audited, names, state), null);
                insert.executeBatch();
            } catch (SQLException e) {
                throw new CallbackException("Could not write the audit log", e);
            }
        }
    }

    private void add(PreparedStatement insert, Object entity, Audited audited, Object id, AuditAction action,
                     String field, String oldValue, String newValue) throws SQLException {
        insert.setObject(1, OffsetDateTime.now(ZoneOffset.UTC));
        insert.setString(2, currentUser());
        insert.setString(3, nameOf(entity.getClass()));
        insert.setString(4, String.valueOf(id));
        insert.setString(5, action.name());
        insert.setString(6, field);
        insert.setString(7, oldValue);
        insert.setString(8, newValue);
        insert.addBatch();
    }

    /** The name the audit log gives entities of this class, or null when the class is not audited. */
    public static String nameOf(Class<?> type) {
        Audited audited = type.getAnnotation(Audited.class);
        if (audited == null) {
            return null;
        }
        return audited.value().isEmpty() ? type.getSimpleName() : audited.value();
    }

    private static String describe(Audited audited, String[] names, Object[] state) {
        Set<String> masked = Set.of(audited.masked());
        Set<String> ignored = Set.of(audited.ignored());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (state[i] != null && !(state[i] instanceof java.util.Collection<?>) && !ignored.contains(names[i])) {
                text.append(text.isEmpty() ? "" : "; ").append(names[i]).append('=').append(display(state[i], masked.contains(names[i])));
            }
        }
        return truncate(text.toString());
    }

    /**
     * Whether two states of a field are the same value although written differently: the same
     * instant in another offset, or the same amount with another scale. Such a "change" is not logged.
     */
    static boolean sameValue(Object before, Object after) {
        if (before instanceof OffsetDateTime a && after instanceof OffsetDateTime b) {
            return a.isEqual(b);
        }
        if (before instanceof java.time.ZonedDateTime a && after instanceof java.time.ZonedDateTime b) {
            return a.isEqual(b);
        }
        if (before instanceof java.math.BigDecimal a && after instanceof java.math.BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(before, after);
    }

    /** How a value reads in the log: entities by id, arrays by content, everything else by toString. */
    static String display(Object value, boolean masked) {
        if (value == null) {
            return null;
        }
        if (masked) {
            return MASK;
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        if (value instanceof Object[] array) {
            return truncate(Arrays.toString(array));
        }
        if (isEntity(value.getClass()) || isEntity(value.getClass().getSuperclass())) {
            return value.getClass().getSimpleName().replaceAll("\\$.*", "") + "#" + idOf(value);
        }
        return truncate(String.valueOf(value));
    }

    private static boolean isEntity(Class<?> type) {
        return type != null && type.isAnnotationPresent(jakarta.persistence.Entity.class);
    }

    private static Object idOf(Object entity) {
        try {
            Method getter = entity.getClass().getMethod("getId");
            return getter.invoke(entity);
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }

    private static String truncate(String text) {
        return text.length() <= MAX_VALUE_LENGTH ? text : text.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }

    /** The signed-in user making the change, or "system" for start-up work and scheduled jobs. */
    private static String currentUser() {
        try {
            Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            // WildFly reports the unauthenticated identity as "anonymous".
            return principal == null || "anonymous".equals(principal.getName()) ? SYSTEM : principal.getName();
        } catch (RuntimeException e) {
            return SYSTEM;
        }
    }

    private DataSource dataSource() {
        DataSource ds = dataSource;
        if (ds == null) {
            try {
                ds = (DataSource) new InitialContext().lookup(DATASOURCE);
            } catch (NamingException e) {
                throw new CallbackException("The application datasource " + DATASOURCE + " is not bound", e);
            }
            dataSource = ds;
        }
        return ds;
    }
}
