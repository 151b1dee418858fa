package dev.seqguard.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP proxy on loopback that delays every chunk of bytes by a fixed time in each
 * direction, without limiting throughput: a realistic network between an application and
 * a managed database.
 */
final class LatencyProxy implements AutoCloseable {

	private final ServerSocket server;

	private final int targetPort;

	private final long delayNanos;

	LatencyProxy(int targetPort, long delayNanos) throws IOException {
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.targetPort = targetPort;
		this.delayNanos = delayNanos;
		daemon(this::accept, "proxy-accept");
	}

	int port() {
		return this.server.getLocalPort();
	}

	private void accept() {
		while (!this.server.isClosed()) {
			try {
				Socket client = this.server.accept();
				Socket database = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				client.setTcpNoDelay(true);
				database.setTcpNoDelay(true);
				relay(client, database);
				relay(database, client);
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	/**
	 * One thread reads and stamps chunks, another writes each chunk once its delay has
	 * passed.
	 */
	private void relay(Socket from, Socket to) throws IOException {
		BlockingQueue<Object[]> chunks = new LinkedBlockingQueue<>();
		InputStream in = from.getInputStream();
		OutputStream out = to.getOutputStream();
		daemon(() -> {
			byte[] buffer = new byte[64 * 1024];
			try {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					chunks.put(new Object[] { System.nanoTime() + this.delayNanos, Arrays.copyOf(buffer, read) });
				}
			}
			catch (IOException | InterruptedException ex) {
				// connection closed
			}
			chunks.add(new Object[] { 0L, null });
		}, "proxy-read");
		daemon(() -> {
			try {
				while (true) {
					Object[] chunk = chunks.take();
					if (chunk[1] == null) {
						to.close();
						return;
					}
					long due = (Long) chunk[0];
					long wait;
					while ((wait = due - System.nanoTime()) > 0) {
						LockSupport.parkNanos(wait);
					}
					out.write((byte[]) chunk[1]);
					out.flush();
				}
			}
			catch (IOException | InterruptedException ex) {
				// connection closed
			}
		}, "proxy-write");
	}

	private static void daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void close() throws IOException {
		this.server.close();
	}

}
