package uk.gov.hwb.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.design.JRAbstractJavaCompiler;
import org.junit.jupiter.api.Test;

/**
 * Rendering leaves nothing of the application on the server's pooled threads. JasperReports'
 * "evaluator class reference fix" (on by default) keeps the last expression class it loaded in a
 * static ThreadLocal; on an application server's pooled threads that value pins the whole deployment's
 * class loader after an undeploy, and every redeploy leaked one (seen in a heap dump: the test server
 * ran out of heap after about twenty redeploys). {@code jasperreports.properties} turns it off.
 */
class RendererLeavesNoThreadStateTest {

    @Test
    void aRenderingKeepsNoExpressionClassOnItsThread() throws Exception {
        System.setProperty("java.awt.headless", "true");
        byte[] pdf = new PdfRenderer().render(new Rendering("board/front-sheet",
                Map.of("meetingTitle", "Thread state", "bodyName", "Board"), List.of(), "Thread state", "Test", "Test"));
        assertThat(pdf).isNotEmpty();

        Field reference = JRAbstractJavaCompiler.class.getDeclaredField("classFromBytesRef");
        reference.setAccessible(true);
        assertThat(((ThreadLocal<?>) reference.get(null)).get())
                .as("the expression class JasperReports loaded, kept on this thread").isNull();
    }
}
