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
 * The body of every 401 the container sends (wrong HTTP Basic credentials): a problem document
 * with a Basic challenge, the same shape as every other API error.
 */
@WebServlet("/problems/unauthorized")
public class UnauthorizedProblem extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"hwb\", charset=\"UTF-8\"");
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(
                Problem.of(401, "Unauthorized", "The username or password is wrong, or the account is disabled.")));
    }
}
