package dk.spirekassen.ops;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * A single-node OpenSearch cluster in this JVM, for development and for the search tests on the Elasticsearch
 * backend (see {@code ops/opensearch.sh}).
 * <p>
 * A distribution of OpenSearch is a home folder with its modules unpacked into it, and its start script runs
 * bootstrap checks meant for production. What Spirekassen needs is the server jar and three of its modules, all
 * published to Maven Central: Netty for HTTP and transport, the common analysis (the Danish analysers' mapping,
 * folding, stemming and decompounding filters) and reindex (delete by query, with which a rebuild empties an index).
 * {@link Node} takes modules as plugin classes on the class path, as OpenSearch's own tests start nodes, so the node
 * is started here from those classes, without a distribution, bootstrap checks or a security manager. That makes
 * it a node for one machine and its tests, never for production.
 * <p>
 * Settings, as system properties: {@code opensearch.http.port} (default 9200), {@code opensearch.transport.port}
 * (default 9300), {@code opensearch.home} (default {@code target/home}; the data lives under it and survives a
 * restart).
 */
public final class SingleNode {

	private static final List<Class<? extends Plugin>> MODULES = List.of(Netty4Plugin.class,
			CommonAnalysisPlugin.class, ReindexPlugin.class);

	private SingleNode() {
	}

	public static void main(String[] args) throws Exception {
		var home = Path.of(System.getProperty("opensearch.home", "target/home")).toAbsolutePath();
		Files.createDirectories(home.resolve("config"));
		var settings = Settings.builder()
			.put("cluster.name", "spirekassen")
			.put("node.name", "spirekassen-1")
			.put("path.home", home.toString())
			.put("path.data", home.resolve("data").toString())
			.put("path.logs", home.resolve("logs").toString())
			.put("network.host", "127.0.0.1")
			.put("http.port", System.getProperty("opensearch.http.port", "9200"))
			.put("transport.port", System.getProperty("opensearch.transport.port", "9300"))
			.put("discovery.type", "single-node")
			// A nearly full disk of a development machine must not make the node stop allocating or writing indexes.
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.build();
		Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(),
				home.resolve("config"), () -> "spirekassen-1");
		var node = new ClasspathNode(environment);
		var stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				node.close();
			}
			catch (Exception e) {
				e.printStackTrace();
			}
			stopped.countDown();
		}, "opensearch-shutdown"));
		node.start();
		System.out.println("OpenSearch " + org.opensearch.Version.CURRENT + " listening on http://127.0.0.1:"
				+ settings.get("http.port"));
		stopped.await();
	}

	/** A node whose modules are classes on the class path rather than folders of a distribution. */
	private static final class ClasspathNode extends Node {

		ClasspathNode(Environment environment) {
			super(environment, MODULES, true);
		}
	}
}
