package uk.gov.hwb.web.input;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import uk.gov.hwb.platform.problem.FieldError;
import uk.gov.hwb.platform.problem.InvalidInputException;
import uk.gov.hwb.platform.problem.TooLargeException;

/**
 * Every JSON request body of the API, whatever module's resource reads it, is checked before it is
 * read (see {@link JsonInput}): at most {@value #MAX_BYTES} bytes (413), well-formed, and every
 * field of the right kind and free of control characters (400 naming the field by its JSON path).
 * Nothing reaches a facade otherwise, so nothing is stored.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonInputCheck implements ReaderInterceptor {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = readAtMost(context.getInputStream(), MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new TooLargeException("body", "The request body is larger than 5 MB, the most the API accepts in one request.");
        }
        if (body.length > 0) {
            JsonValue json;
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
                json = reader.readValue();
            } catch (JsonParsingException e) {
                throw new InvalidInputException("body", "is not valid JSON (" + e.getLocation().getLineNumber() + ":"
                        + e.getLocation().getColumnNumber() + ")");
            } catch (JsonException e) {
                throw new InvalidInputException("body", "is not valid JSON");
            }
            List<FieldError> errors = JsonInput.problems(json, context.getGenericType());
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        return in == null ? new byte[0] : in.readNBytes(limit);
    }
}
