package co.factusapi.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import co.factusapi.domain.document.DocumentKind;
import co.factusapi.domain.document.LedgerEntry;
import co.factusapi.testsupport.Ledgers;
import co.factusapi.testsupport.MigratedDatabase;
import co.factusapi.testsupport.TestTenants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Two instances on one database: what one holds is free for the other as soon as the first is gone, not before. */
@ParameterizedClass(name = "{0}")
@EnumSource(MigratedDatabase.Kind.class)
class InstanceRegistryTest {
    @Parameter
    private MigratedDatabase.Kind database;
    private static final Duration DEAD_AFTER = Duration.ofMillis(1500);
    private JdbcClient jdbc;
    private JdbcInstanceRegistry first;
    private JdbcInstanceRegistry second;
    private JdbcDocumentLedger firstLedger;
    private JdbcDocumentLedger secondLedger;

    @BeforeEach
    void twoInstances() {
        DataSource dataSource = database.create();
        jdbc = JdbcClient.create(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        first = new JdbcInstanceRegistry(jdbc, DEAD_AFTER, Duration.ZERO);
        second = new JdbcInstanceRegistry(jdbc, DEAD_AFTER, Duration.ZERO);
        first.heartbeat();
        second.heartbeat();
        firstLedger = new JdbcDocumentLedger(jdbc, transactions, first);
        secondLedger = new JdbcDocumentLedger(jdbc, transactions, second);
    }

    @Test
    void aLiveInstanceIsAliveAndOneThatLeftIsNot() {
        assertThat(second.alive(first.self())).isTrue();
        assertThat(second.aliveIds()).contains(first.self(), second.self());
        first.leave();
        assertThat(second.alive(first.self())).isFalse();
        assertThat(second.alive(null)).isTrue();
    }

    @Test
    void anInstanceWhoseHeartbeatStoppedIsDeadAfterAFewSeconds() throws InterruptedException {
        Thread.sleep(DEAD_AFTER.toMillis() + 300);
        second.heartbeat();
        assertThat(second.alive(first.self())).isFalse();
        assertThat(second.alive(second.self())).isTrue();
        first.heartbeat();
        assertThat(second.alive(first.self())).isTrue();
    }

    @Test
    void aPendingAttemptIsAbandonedOnlyOnceItsInstanceIsGone() {
        UUID account = TestTenants.create(jdbc);
        Instant now = Instant.now();
        LedgerEntry<?> pending = Ledgers.pendingInvoice(account, "REF-CRASH", now);
        firstLedger.insert(pending);
        assertThat(secondLedger.abandoned(pending)).isFalse();
        assertThat(secondLedger.findUnsettled(account, now.minusSeconds(60), 10)).isEmpty();

        first.leave();

        assertThat(secondLedger.abandoned(pending)).isTrue();
        assertThat(secondLedger.findUnsettled(account, now.minusSeconds(60), 10))
                .extracting(LedgerEntry::referenceCode).containsExactly("REF-CRASH");
        LedgerEntry<?> stored = secondLedger.findByReference(account, DocumentKind.INVOICE, "REF-CRASH").orElseThrow();
        assertThat(secondLedger.takeOver(stored.resent(now.plusSeconds(1)), stored)).isTrue();
        assertThat(firstLedger.abandoned(stored)).isFalse();
    }

    @Test
    void exactlyOneInstanceRunsTheJobsAndAnotherTakesOverWhenItLeaves() {
        assertThat(List.of(first.leads(), second.leads())).containsExactlyInAnyOrder(true, false);
        JdbcInstanceRegistry leader = first.leads() ? first : second;
        JdbcInstanceRegistry follower = leader == first ? second : first;

        leader.leave();

        assertThat(follower.leads()).isTrue();
    }

    @Test
    void instancesDeadForLongAreForgotten() throws InterruptedException {
        first.leave();
        JdbcInstanceRegistry third = new JdbcInstanceRegistry(jdbc, DEAD_AFTER, Duration.ZERO);
        third.heartbeat();
        Thread.sleep(300);
        assertThat(second.forgetDead(Duration.ofMillis(100))).isGreaterThanOrEqualTo(1);
        assertThat(second.aliveIds()).contains(second.self()).doesNotContain(third.self());
    }
}
