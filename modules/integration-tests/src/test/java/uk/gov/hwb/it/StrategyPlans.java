package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;

/** Builds strategies, priorities, actions, periods and updates through the API, as strategy leads and action leads would. */
final class StrategyPlans {

    private final URL base;

    StrategyPlans(URL base) {
        this.base = base;
    }

    Api lead() {
        return Api.as(base, "strategylead");
    }

    static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static JsonObject created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    static JsonObject ok(Api.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The person linked to a demo user, found by name in People. */
    long person(String name) {
        for (JsonValue p : Api.as(base, "democratic").get("api/people?q=" + name.replace(" ", "%20")).json().getJsonArray("items")) {
            if (p.asJsonObject().getString("name").equals(name)) {
                return id(p.asJsonObject());
            }
        }
        throw new AssertionError("No person called " + name);
    }

    long strategy(String name) {
        return id(created(lead().post("api/strategies", "{\"name\":\"" + name + "\",\"from\":2024,\"to\":2027}")));
    }

    long priority(long strategy, int number, String name) {
        return id(created(lead().post("api/strategies/" + strategy + "/priorities", "{\"number\":" + number + ",\"name\":\"" + name + "\"}")));
    }

    long action(long strategy, String code, String title, Long priority, Long leadPerson) {
        return id(created(lead().post("api/strategies/" + strategy + "/actions", "{\"code\":\"" + code + "\",\"title\":\"" + title + "\""
                + (priority == null ? "" : ",\"priorityId\":" + priority) + (leadPerson == null ? "" : ",\"leadPersonId\":" + leadPerson) + "}")));
    }

    long period(long strategy, String name, String updatesDue) {
        return id(created(lead().post("api/strategies/" + strategy + "/periods", "{\"name\":\"" + name + "\",\"updatesDue\":\"" + updatesDue + "\"}")));
    }

    /** Records a status as {@code as}, sending the version of the update if there is one already. */
    Api.Reply update(Api as, long action, long period, String body) {
        Api.Reply existing = as.get("api/strategies/actions/" + action + "/updates/" + period);
        String version = existing.status() == 200 ? ",\"version\":" + existing.json().getJsonNumber("version").longValue() : "";
        return as.put("api/strategies/actions/" + action + "/updates/" + period, body.substring(0, body.length() - 1) + version + "}");
    }

    /** The demo strategy with this name. */
    JsonObject demo(String name) {
        for (JsonValue s : lead().get("api/strategies?q=" + name.replace(" ", "%20")).json().getJsonArray("items")) {
            if (s.asJsonObject().getString("name").equals(name)) {
                return ok(lead().get("api/strategies/" + id(s.asJsonObject())));
            }
        }
        throw new AssertionError("No demo strategy called " + name);
    }

    static long periodNamed(JsonObject strategy, String name) {
        return strategy.getJsonArray("periods").stream().map(JsonValue::asJsonObject).filter(p -> p.getString("name").equals(name))
                .mapToLong(StrategyPlans::id).findFirst().orElseThrow(() -> new AssertionError("No period " + name));
    }

    /** The id of the action or sub-action with this code in a strategy's tree. */
    static long actionCoded(JsonObject strategy, String code) {
        for (JsonValue p : strategy.getJsonArray("priorities")) {
            for (JsonValue a : p.asJsonObject().getJsonArray("actions")) {
                if (a.asJsonObject().getString("code").equals(code)) {
                    return id(a.asJsonObject());
                }
                for (JsonValue s : a.asJsonObject().getJsonArray("subActions")) {
                    if (s.asJsonObject().getString("code").equals(code)) {
                        return id(s.asJsonObject());
                    }
                }
            }
        }
        throw new AssertionError("No action " + code);
    }
}
