package uk.gov.hwb.it;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.hwb.it.Papers.id;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Builds what the record of a meeting needs through the API, as democratic services would: bodies
 * with a quorum, people and their memberships, meetings that have taken place (published, with
 * their items late and so with a reason for urgency).
 */
final class Records {

    static final String URGENT = ",\"urgencyReason\":\"Added after the deadline for the test\"";

    private final URL base;
    final Papers papers;

    Records(URL base) {
        this.base = base;
        this.papers = new Papers(base);
    }

    Api democratic() {
        return papers.democratic();
    }

    /** A body with a quorum of {@code members} including {@code councillors}, deputies allowed or not; extra JSON fields appended. */
    long body(String name, int members, int councillors, boolean deputies, String extra) {
        return id(Papers.created(democratic().post("api/bodies", "{\"name\":\"" + name + "\",\"kind\":\"PARTNERSHIP_GROUP\""
                + ",\"termsOfReference\":{\"quorum\":\"" + members + " members\",\"quorumMembers\":" + members + ",\"quorumCouncillors\":" + councillors
                + ",\"deputiesAllowed\":" + deputies + "}" + extra + "}")));
    }

    long person(String name) {
        return id(Papers.created(democratic().post("api/people", "{\"name\":\"" + name + "\"}")));
    }

    /** A membership (returns its id); {@code extra} e.g. ",\"councillor\":true" or ",\"deputyForId\":12". */
    long member(long body, long person, String role, String extra) {
        return id(Papers.created(democratic().post("api/bodies/" + body + "/members",
                "{\"personId\":" + person + ",\"role\":\"" + role + "\",\"voting\":" + !"DEPUTY".equals(role) + ",\"from\":\"2020-01-01\"" + extra + "}")));
    }

    /** A meeting {@code daysAgo} days ago at 17:00 UTC, not yet published. */
    long meeting(long body, int daysAgo) {
        String start = LocalDate.now().minusDays(daysAgo).format(DateTimeFormatter.ISO_LOCAL_DATE) + "T17:00:00Z";
        return papers.meeting(body, start);
    }

    long item(long meeting, String title, String extra) {
        return papers.item(meeting, title, URGENT + extra);
    }

    JsonObject publish(long meeting) {
        return papers.publish(meeting);
    }

    /** A user with the member role linked to the person. */
    Api user(long person, String username) {
        Papers.created(Api.as(base, "admin").post("api/users", "{\"username\":\"" + username + "\",\"displayName\":\"Member\",\"personId\":"
                + person + ",\"roles\":[\"MEMBER\"],\"password\":\"member-password-long\"}"));
        return Api.as(base, username, "member-password-long");
    }

    static long version(JsonObject o) {
        return o.getJsonNumber("version").longValue();
    }

    static void problem(Api.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.contentType()).isTrue();
        assertThat(reply.json().getString("type")).as(reply.body()).isEqualTo("/problems/" + type);
    }
}
