package co.factusapi.config;

import co.factusapi.adapter.out.persistence.JdbcInstanceRegistry;

/**
 * A background job that, with several instances on one database, only the leading instance runs (docs/scale-out.md):
 * the others skip their turn, and one of them takes over a few seconds after the leader dies.
 */
final class LeaderOnly {
    private LeaderOnly() {
    }

    static Runnable of(JdbcInstanceRegistry instances, Runnable job) {
        return () -> {
            boolean leads;
            try {
                leads = instances.leads();
            } catch (RuntimeException databaseAway) {
                return;
            }
            if (leads) {
                job.run();
            }
        };
    }
}
