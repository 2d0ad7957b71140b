package se.kvarter.cli;

import picocli.CommandLine.ITypeConverter;
import se.kvarter.validate.WebAddresses;

/** {@code --base-url}: held to the same rule as {@code baseUrl} in site.yaml, an absolute http(s) URL. */
final class BaseUrlConverter implements ITypeConverter<String> {

    @Override
    public String convert(String value) {
        if (!WebAddresses.isAbsoluteHttp(value.strip())) {
            throw new UsageMistake("usage.bad-url", value);
        }
        return value.strip();
    }
}
