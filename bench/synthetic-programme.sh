# shellcheck shell=bash
# Sourced by the benchmarks: generate_programme ROOT writes a made-up programme tree in the providers' format
# (a programme page, MODULES module pages of WEEKS weeks, and per week an ECT part, mentor materials with a timed
# agenda and tutor materials of 60 minutes: 7 x 33 x 3 + 8 = 701 pages by default). The pages' prose is drawn
# from a list of teaching topics and sentence patterns, so that words are spread over the pages unevenly, as in
# real materials, and a search has something to rank.
MODULES=${MODULES:-7}
WEEKS=${WEEKS:-33}

TOPICS=("behaviour" "parents' evening" "questioning" "retrieval practice" "workload" "wellbeing"
  "pupils with SEND" "modelling" "feedback" "assessment" "scaffolding" "routines" "literacy" "oracy"
  "cognitive load" "explicit teaching" "classroom climate" "homework" "marking" "teaching assistants"
  "safeguarding" "attendance" "transition" "phonics" "metacognition" "misconceptions" "worked examples"
  "group work" "lesson planning" "reading fluency" "relationships with families" "the SENCO" "high expectations"
  "prior knowledge" "formative assessment" "practice and memory" "subject knowledge" "adaptive teaching")
SENTENCES=("Discuss how %s shapes %s in your classroom this week."
  "Research suggests that %s works best when pupils already understand %s."
  "Plan one lesson that uses %s, and note what changes in pupils' %s."
  "Observe a colleague who is confident with %s and ask how they manage %s."
  "Reflect on a time when %s went well, and on what you would change about %s."
  "A common misconception is that %s can be treated apart from %s."
  "Agree one small step on %s, and check it against your notes on %s next week."
  "Ask your mentor which examples of %s have helped other teachers with %s.")

# prose SEED COUNT: COUNT sentences, each naming two topics chosen from the seed.
prose() {
  local seed=$1 count=$2 i a b s
  for ((i = 0; i < count; i++)); do
    a=${TOPICS[$(((seed * 7 + i * 3) % ${#TOPICS[@]}))]}
    b=${TOPICS[$(((seed * 13 + i * 5 + 1) % ${#TOPICS[@]}))]}
    s=${SENTENCES[$(((seed + i) % ${#SENTENCES[@]}))]}
    # shellcheck disable=SC2059
    printf "$s " "$a" "$b"
    ((i % 4 == 3)) && printf '\n\n'
  done
  printf '\n'
}

generate_programme() { # ROOT
  local root=$1 p=bench-provider m w mod dir seed topic
  mkdir -p "$root/$p"
  { printf -- '---\ntitle: "Bench provider"\n---\n\n## Year 1: Autumn term\n\n'
    for m in $(seq 1 "$MODULES"); do printf '### [Module %s](/%s/year-1-module-%s)\n\nA made-up module.\n\n' "$m" "$p" "$m"; done
  } > "$root/$p.md"
  for m in $(seq 1 "$MODULES"); do
    mod=year-1-module-$m dir=$root/$p/year-1-module-$m
    mkdir -p "$dir"
    { printf -- '---\ntitle: "Year 1: Module %s"\nheading: "Module %s"\n---\n\nA made-up module.\n\n' "$m" "$m"
      for w in $(seq 1 "$WEEKS"); do
        topic=${TOPICS[$(((m * WEEKS + w) % ${#TOPICS[@]}))]}
        printf '## Week %s: %s\n\n### ECTs\n\n1. [Instructions](/%s/%s/autumn-week-%s-ect-instructions)\n\n' "$w" "$topic" "$p" "$mod" "$w"
        printf '### Mentors\n\n[View mentor materials](/%s/%s/autumn-week-%s-mentor-materials)\n\n' "$p" "$mod" "$w"
        printf '### Induction tutor\n\n[View induction tutor materials](/%s/%s/autumn-week-%s-induction-tutor-materials)\n\n' "$p" "$mod" "$w"
      done
    } > "$root/$p/$mod.md"
    for w in $(seq 1 "$WEEKS"); do
      seed=$((m * 100 + w))
      topic=${TOPICS[$(((m * WEEKS + w) % ${#TOPICS[@]}))]}
      { printf -- '---\ntitle: "Instructions: %s"\n---\n\n- Read the materials for week %s.\n- Take notes as you go.\n\n' "$topic" "$w"
        printf '### Why %s matters\n\n' "$topic"; prose "$seed" 16
        printf '### Key questions\n\n- What did you notice about %s?\n\n' "$topic"; prose "$((seed + 1))" 8
      } > "$dir/autumn-week-$w-ect-instructions.md"
      { printf -- '---\ntitle: "Week %s mentor materials"\nheading: "Mentor materials: %s"\n---\n\n## Topic %s: %s\n\n' "$w" "$topic" "$w" "$topic"
        printf '### Learning intentions\n\nYour ECT will learn that:\n\n- Building effective relationships with parents, carers and families can improve pupils’ motivation, behaviour and academic success.\n\n'
        printf '### Meeting activities\n\nReview: 5 mins\n\n'; prose "$((seed + 2))" 4
        printf 'Plan: 5 mins\n\n'; prose "$((seed + 3))" 4
        printf 'Theory to practice: 35 mins\n\n'; prose "$((seed + 4))" 16
        printf 'Next steps: 5 mins\n\nAgree actions.\n'
      } > "$dir/autumn-week-$w-mentor-materials.md"
      { printf -- '---\ntitle: "Week %s induction tutor materials"\nheading: "Induction tutor materials"\n---\n\n## Training session %s: %s\n\nDuration: 60 minutes\n\n' "$w" "$w" "$topic"
        printf '### Learn that:\n\n- 8.4 Building effective relationships with parents, carers and families can improve pupils’ motivation, behaviour and academic success.\n\n'
        printf '### Opening (10 minutes)\n\n'; prose "$((seed + 5))" 4
        printf '### Example (15 minutes)\n\n'; prose "$((seed + 6))" 8
        printf '### Groups (15 minutes)\n\n'; prose "$((seed + 7))" 8
        printf '### Tips (15 minutes)\n\n'; prose "$((seed + 8))" 4
        printf '### Planning for action (5 minutes)\n\nActions.\n'
      } > "$dir/autumn-week-$w-induction-tutor-materials.md"
    done
  done
}
