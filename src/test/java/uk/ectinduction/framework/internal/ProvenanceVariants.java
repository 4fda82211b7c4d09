package uk.ectinduction.framework.internal;

import java.util.List;

/**
 * The other wordings of statements that the lead providers' materials were seen to use, one "code | wording" a line:
 * the other_variants_seen column of shared/framework/ecf-2019-statements-provenance.csv, copied here so that the tests
 * do not read files outside the project.
 */
final class ProvenanceVariants {

    record Variant(String code, String wording) {}

    static final List<Variant> ALL = """
            1.1 | Teachers have the ability to affect and improve the wellbeing, motivation and behaviour of their pupils
            1.3 | Teacher expectations can affect pupil outcomes; setting goals that challenge and stretch pupils is essential
            1.6 | High quality teaching has a long-term positive effect on pupils' life chances, particularly for children from disadvantaged backgrounds.
            1a | Use intentional and consistent language that promotes challenge and aspiration
            1b | Setting tasks that stretch and challenge pupils, but which are achievable, within a challenging curriculum.
            1d | Seeking opportunities to engage parents and carers in the education of their children (for example, proactively highlighting successes) with support from expert colleagues to understand how this engagement changes depending on the age and development stage of the pupil.
            1d | Seeking opportunities to engage parents and carers in the education of their children (for example, proactively highlighting successes).
            1d | Seeking opportunities to engage parents and carers in the education of their children (proactively highlighting successes, for example) with support from expert colleagues to understand how this engagement changes depending on the age and development stage of the pupil.
            1d | Seeking opportunities to engage parents and carers in the education of their children (such as proactively highlighting successes).
            1e | Create a culture of respect and trust in the classroom that supports all pupils to succeed (e.g. by modelling the types of courteous behaviour expected of pupils)
            1e | Created a culture of respect and trust in the classroom that supports all pupils to succeed (e.g. by modelling the types of courteous behaviour expected of pupils).
            1e | Creating a culture of respect and trust in the classroom that supports all pupils to succeed (for example, by modelling the types of courteous behaviour expected of pupils).
            1f | Teaching and rigorously maintaining clear behavioural expectations (for example, for contributions, volume level and concentration)
            1f | Teaching and rigorously maintaining clear behavioural expectations (for example, for contributions, volume level and concentration).
            2.3 | An important factor inlearning is memory, which can be thought of as comprising two elements: working memory and long-term memory.
            2.4 | Working memory is where information that is being actively processed is held, but its capacity is limited, and it can be overloaded.
            2.7 | Regular purposeful practice of what has previously been taught can help consolidate material and help pupils remember what they have learned
            2.8 | Requiring pupils toretrieve information from memory, and spacing practice so that pupils revisit ideas after a gap are also likely to strengthen recall
            2.9 | Worked examples that take pupils through each step of a new process are also likely to support pupils to learn
            2b | Breaking complex material into smaller steps (for example, using partially completed examples to focus pupils on the specific steps).
            2c | Reducing distractions that take attention away from what is being taught (for example, keeping the complexity of a task to a minimum, so that attention is focused on the content).
            2e | Linking what pupils already know to what is being taught (for example, explaining how new content builds on what is already known).
            2h | Balancing exposition, repetition, practice and retrieval of critical knowledge and skills
            2i | Planning regular review and practice of key ideas and concepts over time
            2j | Designing practice, generation and retrieval tasks that provide just enough support so that pupils experience a high success rate when attempting challenging work
            2k | Increasing challenge with practice and retrieval as knowledge becomes more secure (e.g., by removing scaffolding, lengthening spacing or introducing interacting elements)
            3.3 | Ensuring pupils masterfoundational concepts and knowledge before moving on is likely to build pupils’ confidence and help them succeed.
            3.7 | In all subject areas, pupils learn new ideas by linking those ideas to existing knowledge, organising this knowledge into increasingly complex mental models (or 'schemata'); carefully sequencing teaching to facilitate this process is important.
            3.7 | In all subject areas, pupils learn new ideas by linking those ideas to existing knowledge, organising this knowledge into increasingly complex mental models (or ‘schemata’); carefully sequencing teaching to facilitate this process is important.
            3.9 | To access the curriculum, early literacy provides fundamental knowledge; reading comprises two elements: word reading and language comprehensions; systematic synthetic phonics is the most effective approach for teaching pupils to decode. (ambition-institute, coded 3.9; "comprehensions" looks like a typo)
            3.10 | Every teacher can improve pupils’ literacy, including by explicitly teaching reading, writing and oral language skills specific to individual disciplines
            3d | Using resources and materials aligned with the school curriculum (for example, textbooks or shared resources designed by experienced colleagues that carefully sequence content).
            3d | Using resources and materials aligned with the school curriculum (such as textbooks or shared resources designed by experienced colleagues that carefully sequence content).
            3g | Revisiting the big ideas of the subject over time and teaching key concepts through a range of examples
            3h | Drawing explicit links between new content and the core concepts and principles in the subject
            3k | Ensuring pupils have relevant domain-specific knowledge, especially when being asked to think critically within a subject
            3n | Supporting younger pupils to become fluent readers
            3n | Supporting younger pupils to become fluent readers and to write fluently and legibly. Teaching different forms of writing by modelling planning, drafting and editing.
            3o | Teaching unfamiliar vocabulary explicitly and planning for pupils to be repeatedly exposed to high utility and high frequency vocabulary in what is taught.
            3p | Modelling reading comprehension by asking questions, making predictions and summarising when reading
            3q | Promoting reading for pleasure (by using a range of whole-class reading approaches and regularly reading high quality texts to children, for example).
            3r | Model and require high-quality oral language, recognising that it underpins the development of reading and writing (e.g. requiring pupils to respond to each other’s questions in full sentences, making use of relevant technical vocabulary)
            3r | Model and require high-quality oral language, recognising that it underpins the development of reading and writing (e.g. requiring pupils to respond to questions in full sentences, using relevant technical vocabulary)
            3r | Modelling and requiring high-quality oral language, recognising that spoken language underpins the development of reading and writing (for example, requiring pupils to respond to questions in full sentences, making use of relevant technical vocabulary).
            3r | Modelling and requiring high-quality oral language, recognising that spoken language underpins the development of reading and writing (for example: requiring pupils to respond to questions in full sentences, making use of relevant technical vocabulary).
            3s | Teach different forms of writing by modelling planning, drafting and editing
            3s | Teaching different forms of writing by modelling planning, drafting and editing
            4.1 | Effective teachers can transform pupils’ knowledge, capabilities and beliefs about knowledge
            4.1 | Effective teachers can transform pupils’ knowledge, capabilities and beliefs about knowledge.
            4.1 | Effective teachers can transform pupils’ knowledge, capabilities and beliefs about learning.
            4.3 | Modelling helps pupils understand new processes and ideas, good models make abstract ideas concrete and accessible.
            4.4 | Guides, scaffolds and worked examples can help pupils apply new ideas, but should be gradually removed as pupil expertise increases
            4.5 | Explicitly teaching metacognitive strategies linked to subject knowledge, including how to plan, monitor and evaluate, supports independence and academic success.
            4.5 | Explicitly teaching pupils metacognitive strategies linked to subject knowledge, including how to plan, monitor and evaluate, supports independence and academic success
            4.6 | Questioning is an essential tool for teachers; questions can be used for many purposes, including to check pupils’ prior knowledge, assess understanding and break down problems
            4.7 | High-quality classroom talk can support pupils to articulate key ideas, consolidate understanding and extend their vocabulary
            4.9 | Paired and group activities can increase pupil success, but to work together effectively pupils need guidance, support and practice
            4.10 | How pupils are grouped is also important; care should be taken to monitor the impact of groupings on pupil attainment, behaviour and motivation
            4.10 | How pupils are grouped is important; care should be taken to monitor the impact of groupings on pupil attainment, behaviour and motivation.
            4a | Use modelling, explanations and scaffolds, acknowledging that novices need more structure early in a domain
            4d | Provide sufficient opportunity for pupils to consolidate and practice applying new knowledge and skills
            4d | Provide sufficient opportunity for pupils to consolidate and practise applying new knowledge and skills.
            4e | Breaking tasks down into constituent components when setting up independent practice (e.g. using tasks that scaffold pupils through metacognitive processes)
            4g | Combine a verbal explanation with a relevant graphical representation of the same concept or process, where possible
            4h | Use concrete representations of abstract ideas (e.g. making use of analogies, metaphors, examples and non-examples).
            4h | Using concrete representation of abstract ideas (for example, making use of analogies, metaphors, examples and non-examples).
            4i | Narrating thought processes when modelling to make explicit how experts think (for example, asking questions aloud that pupils should consider when working independently and drawing pupils’ attention to links with prior knowledge).
            4j | Making the steps in a process memorable and ensuring pupils can recall them (for example, naming them, developing mnemonics, or linking to memorable stories).
            4l | Plan activities around what you want pupils to think hard about
            4m | Include a range of types of questions in class discussions to extend and challenge pupils
            4m | Include a range of types of questions in class discussions to extend and challenge pupils.
            4m | Including a range of types of questions in class discussions to extend and challenge pupils (e.g. by modelling new vocabulary or asking pupils to justify answers)
            4m | Including a range of types of questions in class discussions to extend and challenge pupils (for example, by modelling new vocabulary or asking pupils to justify answers).
            4n | Provide appropriate wait time between question and response where more developed responses are required
            4n | Provide appropriate wait time between question and response where more developed responses are required.
            4n | Providing appropriate wait time between question and response where more developed responses are required
            4o | Considering the factors that will support effective collaboration.
            4o | Considering the factors that will support effective collaborative or paired work (for example, familiarity with routines, whether pupils have the necessary prior knowledge and how pupils are grouped).
            4p | Provide scaffolds for pupil talk to increase the focus and rigour of dialogue
            5.1 | Pupils are likely to learn at different rates and to require different levels and types of support from teachers to succeed
            5.3 | Adapting teaching in a responsive way, including by providing targeted support to pupils who are struggling, is likely to increase pupil success
            5.5 | Flexibly grouping pupils within a class to provide more tailored support can be effective, but care should be taken to monitor its impact on engagement and motivation, particularly for low attaining pupils
            5.5 | Flexibly grouping pupils within a class to provide more tailored support can be effective, but care should be taken to monitor its impact on engagement and motivation, particularly for low-attaining pupils.
            5c | Working closely with the SENCO and special education professionals and the Designated Safeguarding Lead
            5c | Working closely with the SENCO and special education professionals and the Designated Safeguarding Lead.
            5d | Using the SEND code of practice, which provides additional guidance on supporting pupils with SEND effectively.
            5e | Adapt lessons, whilst maintaining high expectations for all, so that all pupils have the opportunity to meet expectations.
            5g | Working closely with the SENCO and other professionals supporting pupils with additional needs, making explicit links between interventions delivered outside of lessons with classroom teaching.
            5h | Make use of well-designed resources (e.g. textbooks).
            5h | Make use of well-designed resources (e.g., textbooks).
            5h | Making use of well-designed resources (such as textbooks).
            5i | Plan to connect new content with pupils’ existing knowledge or provide additional pre-teaching if pupils lack critical knowledge.
            5j | Build in additional practice or remove unnecessary expositions.
            5k | Reframing questions to provide greater scaffolding or greater stretch
            6.1 | Effective assessment is critical to teaching because it provides teachers with information about pupils’ understanding and needs
            6.4 | To be of value, teachers use information from assessments to inform the decisions they make.
            6.4 | To be of value, teachers use information from assessments to inform the decisions they make; in turn, pupils must be able to act on feedback for it to have an effect
            6.5 | High quality feedback can be written or verbal; it is likely to be accurate and clear, encourage further effort, and provide specific guidance on how to improve.
            6.5 | High-quality feedback can be written or verbal; it is likely to be accurate and clear, encourage further effort, and provide specific guidance on how to improve
            6.7 | Working with colleagues to identify efficient approaches to assessment is important; assessment can become onerous and have a disproportionate impact on workload
            6b | Draw conclusions about what pupils have learned by looking at patterns of performance over a number of assessments (e.g. appreciating that assessments draw inferences about learning from performance)
            6b | Draw conclusions about what pupils have learned by looking at patterns of performance over a number of assessments (e.g. appreciating that assessments draw inferences about learning from performance).
            6e | Structuring tasks and questions to enable the identification of knowledge gaps and misconceptions (for example, by using common misconceptions within multiple-choice questions).
            6f | Prompt pupils to elaborate when responding to questioning to check that a correct answer stems from secure understanding
            6f | Prompt pupils to elaborate when responding to questioning to check that a correct answer stems from secure understanding.
            6f | Prompting pupils to elaborate when responding to questioning to check that a correct answer stems from secure understanding
            6f | Prompting pupils to elaborate when responding to questioning to check that a correct answer stems from secure understanding._ _6g. Monitoring pupil work during lessons, including checking for misconceptions.
            6h | Focus on specific actions for pupils and provide time for pupils to respond to feedback
            6h | Focus on specific actions for pupils and providing time for pupils to respond to feedback
            6h | Give whole-class feedback so they know what they need to do to improve and have the time to do it.
            6i | Appreciate that pupils’ responses to feedback can vary depending on a range of social factors (e.g. the message the feedback contains…)
            6i | Appreciating that pupils’ responses to feedback can vary depending on a range of social factors (for example, the message the feedback contains or the age of the child).
            6m | Working with colleagues to identify efficient approaches to marking and alternative approaches to providing feedback (for example, using whole-class feedback or well supported peer-assessment and self-assessment).
            6m | Working with colleagues to identify efficient approaches to marking and alternative approaches to providing feedback (such as using whole class feedback or well supported peer- and self-assessment).
            6n | Use verbal feedback during lessons in place of written feedback after lessons where possible
            6p | Reduce the opportunity cost of marking (e.g. by using abbreviations and codes in written feedback)
            6p | Reduce the opportunity cost of marking by using codes and verbal feedback
            6p | Reduce the opportunity cost of marking by using codes and verbal feedback.
            6p | Reducing the opportunity cost of marking (by using abbreviations and codes in written feedback, for example).
            7.2 | A predictable and secure environment benefits all pupils but is particularly valuable for pupils with special educational needs.
            7.4 | Teachers can influence pupils’ resilience and beliefs about their ability to succeed, be ensuring all pupils have the opportunity to experience meaningful success.
            7.6 | Pupils are motivated by intrinsic factors (related to their identity and values) and extrinsic factors (related to reward)
            7b | Working alongside colleagues as part of a wider system of behaviour management (for example recognising responsibilities and understanding the right to assistance and training from senior leaders).
            7b | Working alongside colleagues as part of a wider system of behaviour management (for example, recognising responsibilities and understanding the right to assistance and training from senior colleagues).
            7c | Giving manageable, specific and sequential instructions
            7j | Reinforcing routines (for example, by articulating the link between time on task and success)
            7j | Reinforcing routines (for example, by articulating the link between time on task and success).
            7k | Discussing and analysing with expert colleagues effective strategies for liaising with parents, carers and colleagues to better understand pupils’ individual circumstances and how they can be supported to meet high academic and behavioural expectations.
            8.3 | Teachers can make valuable contributions to the wider life of the school in a broad range of ways, including by supporting and developing effective professional relationships with colleagues
            8.5 | TAs can support pupils more effectively when they are prepared for lessons by teachers, and when TAs supplement rather than replace support from teachers.
            8.7 | Engaging in high-quality professional development can help teachers improve
            8b | Strengthening pedagogical and subject knowledge by participating in wider networks
            8c | Seeking challenge, feedback and critique from mentors and other colleagues in an open and trusting working
            8c | Seeking challenge, feedback and critique from mentors and other colleagues in an open and trusting working environment
            8d | Engaging critically with research and discussing evidence with colleagues
            8e | Reflecting on progress made, recognising strengths and weaknesses and identifying next steps for further
            8e | Reflecting on progress made, recognising strengths and weaknesses and identifying next steps for further improvement
            8f | Contribute positively to the wider school culture and develop a feeling of shared responsibility for improving the lives of all pupils within the school.
            8i | Observing how expert colleagues communicate with parents and carers proactively and make effective use of parents’ evenings to engage parents and carers in their children’s schooling and deconstructing this approach.
            8n | Understanding the right to support (to deal with misbehaviour, for example).
            8o | Collaborating with colleagues to share the load of planning and preparation and making use of shared
            8o | Collaborating with colleagues to share the load of planning and preparation and making use of shared resources (such as textbooks)
            8o | Collaborating with colleagues to share the load of planning and preparation and making use of shared resources (such as textbooks).
            8o | Collaborating with colleagues to share the load of planning, and preparation and making use of shared resources (e.g. textbooks).
            8p | Protecting time for rest and recovery
            """.lines()
            .map(line -> line.split(" \\| ", 2))
            .map(p -> new Variant(p[0], p[1]))
            .toList();

    private ProvenanceVariants() {}
}
