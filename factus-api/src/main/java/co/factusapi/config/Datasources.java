package co.factusapi.config;

/** What the datasource URL says about the deployment. */
final class Datasources {
    private Datasources() {
    }

    /**
     * The embedded H2 database (a file or memory of this process): one instance by construction. Anything else is a
     * database server that several instances may share.
     */
    static boolean embedded(String datasourceUrl) {
        return datasourceUrl == null || datasourceUrl.startsWith("jdbc:h2:");
    }
}
