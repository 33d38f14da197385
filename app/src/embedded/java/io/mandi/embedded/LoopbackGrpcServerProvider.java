package io.mandi.embedded;

import io.grpc.InsecureServerCredentials;
import io.grpc.ServerBuilder;
import io.grpc.ServerCredentials;
import io.grpc.ServerProvider;
import io.grpc.netty.NettyServerBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Binds gRPC servers created with {@code ServerBuilder.forPort} to loopback only. The embedded
 * Zeebe engine opens its gateway that way, unauthenticated; without this it would listen on every
 * interface. Registered through META-INF/services and preferred over Netty's own provider; the
 * embedded engine is the only gRPC server in the application.
 */
public class LoopbackGrpcServerProvider extends ServerProvider {

  @Override
  protected boolean isAvailable() {
    return true;
  }

  @Override
  protected int priority() {
    return 10; // Netty's provider has 5
  }

  @Override
  protected ServerBuilder<?> builderForPort(int port) {
    return NettyServerBuilder.forAddress(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
  }

  @Override
  protected NewServerBuilderResult newServerBuilderForPort(
      int port, ServerCredentials credentials) {
    if (!(credentials instanceof InsecureServerCredentials)) {
      return NewServerBuilderResult.error("Only the plaintext loopback gateway is provided here");
    }
    return NewServerBuilderResult.serverBuilder(builderForPort(port));
  }
}
