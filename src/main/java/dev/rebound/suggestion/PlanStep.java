package dev.rebound.suggestion;

import dev.rebound.api.model.PlanAction;
import java.time.LocalDate;

/** One step of the plan and the day it is due. */
public record PlanStep(PlanAction action, LocalDate due) {}
