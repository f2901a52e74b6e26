package uk.gov.hwb.send.api;

/** An action or metric that answers a SEF entry: its id and how it reads ("3.2 Reorganise the SEND assessment service (On course)"). */
public record AnswerRef(long id, String label) {
}
