package webinarbot.slack;

import java.net.URI;

/** A button that opens a URL; the label is content and is escaped when rendered. */
record LinkButton(String label, URI url) {}
