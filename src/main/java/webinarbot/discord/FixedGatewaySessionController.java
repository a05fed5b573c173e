package webinarbot.discord;

import java.net.URI;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Connects to a configured gateway instead of asking Discord for one: how {@code
 * discord.gateway_url} points JDA at a stand-in or a gateway proxy.
 */
final class FixedGatewaySessionController extends SessionControllerAdapter {
  private final String gateway;

  FixedGatewaySessionController(URI gateway) {
    this.gateway = gateway.toString();
  }

  @Override
  public String getGateway() {
    return gateway;
  }
}
