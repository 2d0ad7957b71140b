package se.kvarter.source;

import se.kvarter.model.Image;

/**
 * Not used by kvarter: a deliberate import of the model from source, which the model imports
 * (Image -> ImageSize), so a cycle that ArchitectureTest shows its rules catch. It is a test
 * class, which the rules' run over the generator leaves out.
 */
public final class CycleBack {

    private CycleBack() {
    }

    static ImageSize sizeOf(Image image) {
        return image.size();
    }
}
