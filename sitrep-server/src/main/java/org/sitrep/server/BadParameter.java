package org.sitrep.server;

/** A request parameter that cannot be used: answered with 400 and a message naming the parameter. */
final class BadParameter extends RuntimeException {
  final String parameter;

  BadParameter(String parameter, String problem) {
    super(parameter + ": " + problem);
    this.parameter = parameter;
  }
}
