# A circular import sees the partially initialised module.
import imp_lib.circ.a
print(imp_lib.circ.a.A2, imp_lib.circ.b.B)
