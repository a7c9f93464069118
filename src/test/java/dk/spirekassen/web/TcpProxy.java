package dk.spirekassen.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A TCP proxy on a free port of the loopback address that a test puts between the application and its database, and
 * cuts (every open connection closed, new ones refused, as a database out of reach) and restores on the same port.
 */
final class TcpProxy implements AutoCloseable {

	private final InetSocketAddress target;

	private final int port;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
		var thread = new Thread(task, "tcp-proxy");
		thread.setDaemon(true);
		return thread;
	});

	private ServerSocket server;

	TcpProxy(String host, int port) throws IOException {
		this.target = new InetSocketAddress(host, port);
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.port = server.getLocalPort();
		listen(server);
	}

	int port() {
		return port;
	}

	/** Closes every connection through the proxy and refuses new ones. */
	synchronized void cut() {
		closeQuietly(server);
		sockets.forEach(TcpProxy::closeQuietly);
		sockets.clear();
	}

	/** Accepts connections again, on the same port. */
	synchronized void restore() throws IOException {
		if (!server.isClosed()) {
			return;
		}
		var reopened = new ServerSocket();
		reopened.setReuseAddress(true);
		reopened.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
		server = reopened;
		listen(reopened);
	}

	@Override
	public void close() throws InterruptedException {
		cut();
		threads.shutdownNow();
		if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The proxy's threads did not end");
		}
	}

	private void listen(ServerSocket listening) {
		threads.execute(() -> {
			while (!listening.isClosed()) {
				try {
					var client = listening.accept();
					var upstream = new Socket();
					sockets.add(client);
					sockets.add(upstream);
					try {
						upstream.connect(target, 5_000);
					}
					catch (IOException ex) {
						closeQuietly(client);
						closeQuietly(upstream);
						continue;
					}
					threads.execute(() -> pump(client, upstream));
					threads.execute(() -> pump(upstream, client));
				}
				catch (IOException ex) {
					return; // closed by cut()
				}
			}
		});
	}

	private void pump(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// one side closed
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			sockets.remove(from);
			sockets.remove(to);
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// already closed
		}
	}
}
