package webinarbot.discord;

import java.net.URI;

/**
 * Connects to a configured gateway instead of asking Discord for one: how {@code
 * discord.gateway_url} points JDA at a stand-in or a gateway proxy.
 */
final class FixedGatewaySessionController extends BackoffSessionController {
  private final String gateway;

  FixedGatewaySessionController(URI gateway) {
    this.gateway = gateway.toString();
  }

  @Override
  public String getGateway() {
    return gateway;
  }
}
