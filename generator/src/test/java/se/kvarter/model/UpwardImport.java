package se.kvarter.model;

import se.kvarter.cli.CommonOptions;

/**
 * Not used by kvarter: a deliberate upward import (model -> command line) that ArchitectureTest
 * shows its rules catch. It is a test class, which the rules' run over the generator leaves out.
 */
public final class UpwardImport {

    private UpwardImport() {
    }

    static String options(CommonOptions options) {
        return String.valueOf(options);
    }
}
