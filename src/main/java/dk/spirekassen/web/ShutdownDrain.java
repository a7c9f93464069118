package dk.spirekassen.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The first step of a node's shutdown, before the web server stops taking requests: readiness turns to
 * REFUSING_TRAFFIC (the proxy's health check then answers 503), and the node keeps serving for
 * {@code spirekassen.shutdown.drain} while the proxy notices and sends the next requests to the other nodes. Only
 * then does the graceful shutdown begin, which finishes the requests under way. Without it a proxy keeps sending
 * requests for as long as its checks take to fail (ops/haproxy.cfg: twice 2 s), and those meet a node that no longer
 * accepts them. 0 (the embedded default, one node) goes straight on.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

	private final ApplicationEventPublisher events;

	private final Duration drain;

	private volatile boolean running;

	ShutdownDrain(ApplicationEventPublisher events, @Value("${spirekassen.shutdown.drain:PT0S}") Duration drain) {
		this.events = events;
		this.drain = drain;
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		if (drain.isZero() || drain.isNegative()) {
			return;
		}
		AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
		log.info("Shutting down: readiness refuses traffic; serving {} s more while the proxy moves away",
				drain.toMillis() / 1000.0);
		try {
			Thread.sleep(drain.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stopped first: the web server's graceful shutdown has a lower phase, and waits for this. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}
}
