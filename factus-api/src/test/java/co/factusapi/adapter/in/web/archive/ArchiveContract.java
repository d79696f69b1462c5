package co.factusapi.adapter.in.web.archive;

import co.factusapi.emulator.FactusEmulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The legal archive's end-to-end suite, run once per store by the test classes that implement it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
interface ArchiveContract {

    ArchiveScenarios scenarios();

    /** How this store's bytes are altered or lost behind the service's back. */
    ArchiveScenarios.Tampering tampering();

    /** The service's embedded emulator (sandbox tenants), stopped with the default tenant's by the last test. */
    FactusEmulator embeddedEmulator();

    @Test
    @Order(1)
    default void theArchiverKeepsEveryKindAndRetriesAFailingDocument() {
        scenarios().theArchiverKeepsEveryKindAndRetriesAFailingDocument();
    }

    @Test
    @Order(2)
    default void verifyFindsAlteredAndMissingFilesAndFetchesBackWhatTheProviderStillHas() {
        scenarios().verifyFindsAlteredAndMissingFilesAndFetchesBackWhatTheProviderStillHas(tampering());
    }

    @Test
    @Order(3)
    default void theVerifyCommandPrintsTheReportAndExitsNonZeroOnADamagedFile() throws Exception {
        scenarios().theVerifyCommandPrintsTheReportAndExitsNonZeroOnADamagedFile(tampering());
    }

    /** Last: it stops the emulators of the class's own context. */
    @Test
    @Order(Integer.MAX_VALUE)
    default void everyFileIsServedFromTheArchiveByteForByteWithTheProviderStopped() {
        scenarios().everyFileIsServedFromTheArchiveByteForByteWithTheProviderStopped(embeddedEmulator());
    }
}
