package co.factusapi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FactusApiApplication {
    public static void main(String[] args) {
        SpringApplication.run(FactusApiApplication.class, args);
    }
}
