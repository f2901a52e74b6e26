package uk.gov.hwb.web.security;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.gov.hwb.web.problem.Problem;

/**
 * The body of a 429 for HTTP Basic credentials while the account or the client address must wait
 * (see {@code SignInGuard}): a problem document with {@code Retry-After}, the same for every
 * username, known or not.
 */
@WebServlet("/problems/too-many-requests")
public class ThrottledProblem extends HttpServlet {

    static final int STATUS = 429;
    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object seconds = request.getAttribute(SignInMechanism.WAIT_SECONDS);
        response.setStatus(STATUS);
        if (seconds != null) {
            response.setHeader("Retry-After", seconds.toString());
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(Problem.of(STATUS, "Too Many Requests",
                "Too many failed sign-ins for this account or from this address. Wait "
                        + (seconds == null ? "a minute" : seconds + " seconds") + " before trying again.")));
    }
}
