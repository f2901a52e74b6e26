package uk.gov.hwb.platform.problem;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.util.logging.Logger;
import org.hibernate.StaleStateException;

/**
 * Two people saving the same thing at the same moment is a normal event, not a fault: the one who
 * comes second gets a {@link ConflictException} (409, "reload and make your change again") and
 * one INFO line is logged, instead of the EJB container logging a system exception with its stack
 * trace at ERROR. Bound to every facade of a module as an EJB default interceptor in the module's
 * {@code META-INF/ejb-jar.xml} (platform-core and board-core have one; a new module adds the same).
 */
public class ConcurrentChanges {

    private static final Logger LOG = Logger.getLogger(ConcurrentChanges.class.getName());
    static final String MESSAGE = "Someone else changed this at the same time. Reload it and make your change again.";

    @AroundInvoke
    public Object refuseClashes(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (OptimisticLockException | StaleStateException | PessimisticLockException | LockTimeoutException e) {
            LOG.info(() -> "409 Conflict: " + invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName()
                    + " met a change saved at the same moment (" + firstLine(e) + ")");
            throw new ConflictException(MESSAGE);
        }
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage());
        int end = message.indexOf('\n');
        return e.getClass().getSimpleName() + ": " + (end < 0 ? message : message.substring(0, end));
    }
}
