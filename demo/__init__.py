"""Demo scenarios: small real trainings reproducing the NaN checklist (see `demo.scenarios`)."""
