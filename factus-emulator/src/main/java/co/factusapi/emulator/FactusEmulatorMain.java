package co.factusapi.emulator;

public final class FactusEmulatorMain {
    public static void main(String[] args) {
        System.out.println("placeholder");
    }
}
