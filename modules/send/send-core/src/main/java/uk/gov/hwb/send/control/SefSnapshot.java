package uk.gov.hwb.send.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole content of a SEF version, each entry with its stable key: how a draft's rows read
 * together, and the frozen format an agreed version is stored in ({@link #FORMAT} 1, as JSON). It
 * is neither the editor's input ({@code SefContent}) nor the API's output ({@code SefDto}), so either
 * can change without touching what was agreed. A later format adds a new number and a reader for the
 * old one; a stored snapshot is never rewritten.
 */
public record SefSnapshot(int format, LocalDate date, String context, List<Entry> keyIssues, List<Area> areas, List<Priorities> priorities) {

    /** The format this class writes. */
    public static final int FORMAT = 1;

    public SefSnapshot {
        keyIssues = List.copyOf(keyIssues);
        areas = List.copyOf(areas);
        priorities = List.copyOf(priorities);
    }

    /** An entry: its key (null before one is given) and its plain text. */
    public record Entry(String key, String text) {
    }

    /** A Part B evaluation area with its three lists. */
    public record Area(String key, String title, List<Entry> doWell, List<Entry> impact, List<Entry> improve) {

        public Area {
            doWell = List.copyOf(doWell);
            impact = List.copyOf(impact);
            improve = List.copyOf(improve);
        }
    }

    /** Part C: the priorities under one recommendation's number. */
    public record Priorities(int recommendation, List<Entry> items) {

        public Priorities {
            items = List.copyOf(items);
        }
    }

    public String toJson() {
        try (Jsonb json = JsonbBuilder.create()) {
            return json.toJson(this);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the SEF snapshot", e);
        }
    }

    /** Reads a stored snapshot of the given format. */
    public static SefSnapshot fromJson(int format, String stored) {
        if (format != FORMAT) {
            throw new IllegalStateException("This version of the application reads SEF snapshots of format " + FORMAT + ", not " + format);
        }
        try (Jsonb json = JsonbBuilder.create()) {
            return json.fromJson(stored, SefSnapshot.class);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the SEF snapshot", e);
        }
    }
}
