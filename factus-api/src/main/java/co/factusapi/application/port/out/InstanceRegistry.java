package co.factusapi.application.port.out;

/**
 * The running instances of the service. Work an instance holds (an in-flight Idempotency-Key, a PENDING attempt) is
 * taken up by another request as soon as the instance that held it is gone, not after a long time-out.
 */
public interface InstanceRegistry {

    /** This instance's id, recorded beside the work it holds. */
    String self();

    /** Whether the instance is still running; true for a null id (work recorded before instances were tracked). */
    boolean alive(String instanceId);
}
