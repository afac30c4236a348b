from ...counter import value as counter_value
LEAF = "leaf"
