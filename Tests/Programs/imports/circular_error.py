# from-import of a name a partially initialised module does not define yet.
import imp_lib.circ.bad_a
