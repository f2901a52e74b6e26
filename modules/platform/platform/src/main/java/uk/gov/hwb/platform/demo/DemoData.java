package uk.gov.hwb.platform.demo;

/**
 * One module's share of the demo data (the seed documents, loaded when {@code hwb.demo-data} is
 * true). Implement as a {@code @Stateless} bean in the module's core ({@code control}); the
 * platform's loader calls every implementation once at start-up, in {@link #order()}, each in its
 * own transaction, after every module has started. {@link #load()} must be idempotent: look
 * things up by their natural key first, so a restart adds nothing twice and never overwrites what
 * users changed.
 */
public interface DemoData {

    /** People, organisations and the demo users. */
    int PEOPLE = 100;
    /** Bodies and their members (other modules refer to bodies by id). */
    int BODIES = 200;
    /** The domain modules' own data: plans, strategies, the SEND inspection. */
    int MODULE_DATA = 300;
    /** Meetings and published papers, which embed the documents other modules generate. */
    int MEETINGS = 400;

    /** When to load, relative to the others: one of the constants above. */
    int order();

    /** Loads this module's demo data if it is not there yet. */
    void load();
}
