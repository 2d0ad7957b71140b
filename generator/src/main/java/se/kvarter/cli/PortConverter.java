package se.kvarter.cli;

import picocli.CommandLine.ITypeConverter;

/** {@code --port}: a TCP port, 0 to 65535, where 0 lets the system pick a free one. */
final class PortConverter implements ITypeConverter<Integer> {

    private static final int HIGHEST = 65_535;

    @Override
    public Integer convert(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= HIGHEST) {
                return port;
            }
        } catch (NumberFormatException e) {
            // not a number: said below like a number out of range
        }
        throw new UsageMistake("usage.bad-port", value);
    }
}
