package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OParl 1.1 API walked as an open-data client walks it: from /oparl/v1.1/system, every URL of
 * the API found in any object (ids, references, list pages) is fetched, and every object must be
 * retrievable at its id (OParl 1.1: "every object has an id which is its URL"): each answers 200
 * with the object whose id it is. No id carries a fragment. Every file's accessUrl answers 200.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OparlWalkIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Application.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyObjectIsRetrievableAtItsId() {
        Api api = Api.anonymous(base);
        JsonObject system = api.get("oparl/v1.1/system").json();
        String root = system.getString("id").replaceFirst("/system$", "");
        Deque<String> queue = new ArrayDeque<>(List.of(system.getString("id")));
        Set<String> visited = new LinkedHashSet<>();
        Map<String, JsonObject> fetched = new LinkedHashMap<>();
        Map<String, JsonObject> objects = new LinkedHashMap<>();
        Set<String> files = new LinkedHashSet<>();
        List<String> failures = new ArrayList<>();
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (!visited.add(url)) {
                continue;
            }
            assertThat(visited.size()).as("a walk of this test database stays bounded").isLessThan(20000);
            Api.Reply reply = api.get(url.substring(url.indexOf("/oparl/") + 1));
            if (reply.status() != 200) {
                failures.add(url + " -> " + reply.status());
                continue;
            }
            fetched.put(url, reply.json());
            collect(reply.json(), root, queue, objects, files);
        }
        assertThat(failures).as("URLs that did not resolve").isEmpty();
        assertThat(objects.keySet()).allMatch(id -> !id.contains("#"), "no id with a fragment");
        for (Map.Entry<String, JsonObject> object : objects.entrySet()) {
            String id = object.getKey();
            JsonObject atId = fetched.get(id);
            assertThat(atId).as("fetched at its id: " + id).isNotNull();
            assertThat(atId.getString("id", null)).as("the object at " + id).isEqualTo(id);
            assertThat(atId.getString("type")).isEqualTo(object.getValue().getString("type"));
        }
        Set<String> types = new LinkedHashSet<>();
        objects.values().forEach(o -> types.add(o.getString("type").replace("https://schema.oparl.org/1.1/", "")));
        assertThat(types).contains("System", "Body", "Organization", "Person", "Membership", "Meeting", "Location", "AgendaItem", "Paper", "File",
                "Consultation");
        for (String file : files) {
            assertThat(api.bytes(file.substring(file.indexOf("/", file.indexOf("//") + 2) + 1)).statusCode()).as(file).isEqualTo(200);
        }
        assertThat(objects.values().stream().filter(o -> o.getString("type").endsWith("/Meeting") && o.containsKey("resultsProtocol")))
                .as("the demo meetings' minutes").isNotEmpty();
        assertThat(objects.values().stream().filter(o -> o.getString("type").endsWith("/AgendaItem") && o.containsKey("result")))
                .as("agenda items with their decisions").isNotEmpty();
    }

    /** Queues every API URL in the value and records every object (with an id and a type) found in it. */
    private static void collect(JsonValue value, String root, Deque<String> queue, Map<String, JsonObject> objects, Set<String> files) {
        switch (value.getValueType()) {
            case OBJECT -> {
                JsonObject object = value.asJsonObject();
                if (object.containsKey("id") && object.containsKey("type") && object.get("id") instanceof JsonString id) {
                    objects.putIfAbsent(id.getString(), object);
                    if (object.getString("type").endsWith("/File") && object.containsKey("accessUrl")) {
                        files.add(object.getString("accessUrl"));
                    }
                }
                for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                    if (!field.getKey().equals("web") && !field.getKey().equals("accessUrl") && !field.getKey().equals("oparlVersion")) {
                        collect(field.getValue(), root, queue, objects, files);
                    }
                }
            }
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                array.forEach(v -> collect(v, root, queue, objects, files));
            }
            case STRING -> {
                String text = ((JsonString) value).getString();
                if (text.startsWith(root + "/")) {
                    queue.add(text);
                }
            }
            default -> {
            }
        }
    }
}
